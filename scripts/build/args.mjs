// Command-line options of scripts/build.mjs: its own (--slices, --shard, --merge) are taken out, the rest go to
// astro build unchanged (the benchmark passes --config).
import { parseShard } from '../../src/integrations/shard.ts';

/** Reads argv into { slices, shard, merge, astroArgs }; `cores` is the default slice count. Throws one readable line on a bad value. */
export function readBuildArgs(argv, cores) {
  const options = { slices: cores, shard: null, merge: null, astroArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--slices') {
      const raw = value();
      if (!/^[1-9]\d*$/.test(raw ?? '')) throw new Error(`--slices takes a positive whole number, not "${raw ?? ''}"`);
      options.slices = Number(raw);
    } else if (name === '--shard') {
      options.shard = value() ?? '';
      parseShard(options.shard);
    } else if (name === '--merge') {
      options.merge = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.merge.push(argv[++i]);
      if (!options.merge.length) throw new Error('--merge takes the folders of the slices to join (--merge slice-1 slice-2)');
    } else options.astroArgs.push(arg);
  }
  if (options.shard !== null && options.merge) throw new Error('--shard renders one slice and --merge joins them: give one of the two');
  return options;
}
