// npm run review [-- --content DIR]: lists what awaits an editor's review in the archive's content folder.
import { readReviewInput } from '../data/review-input.ts';
import { reviewQueue, reviewReport } from '../lib/archive/review.ts';

const at = process.argv.indexOf('--content');
const contentDir = at >= 0 ? process.argv[at + 1] : (process.env.ARCHIVE_CONTENT_DIR ?? 'content');
if (!contentDir) {
  process.stderr.write('usage: npm run review -- [--content DIR]\n');
  process.exit(2);
}
process.stdout.write(`${reviewReport(reviewQueue(readReviewInput(contentDir))).join('\n')}\n`);
