import { describe, expect, it } from 'vitest';
import { normaliseStateName, representedState, stateIndex } from '../../../src/lib/model/state-names.ts';
import { STATE_NAMES } from '../../../src/lib/model/member-states.ts';
import { loadRegister } from '../../../src/data/register-loader.ts';
import { contentDir } from '../../support/paths.ts';

describe('the names of States', () => {
  const { stateNames } = loadRegister(contentDir);

  it('compares names without "the", case or the kind of apostrophe', () => {
    expect(normaliseStateName('the  United Kingdom')).toBe(normaliseStateName('United Kingdom'));
    expect(normaliseStateName('Côte d’Ivoire')).toBe(normaliseStateName("Côte d'Ivoire"));
  });

  it('knows every State name the letters\' mention finder knows (src/lib/model/member-states.ts)', () => {
    expect(STATE_NAMES.filter((name) => stateNames.idOf(name) === null)).toEqual([]);
  });

  it('ties "the Permanent Representative of <State>" to the State', () => {
    expect(representedState('Permanent Representative of the Russian Federation to the United Nations', stateNames)).toBe('russian-federation');
    expect(representedState('Ambassador and Permanent Representative of Turkey to the United Nations', stateNames)).toBe('turkiye');
    expect(representedState('Permanent Representative of Atlantis', stateNames)).toBeNull();
    expect(representedState('Chair of the Intergovernmental Negotiations', stateNames)).toBeNull();
  });

  it('refuses another name for a State member-states.csv does not list, and a name given to two States', () => {
    const { conflicts } = stateIndex(['Congo', 'Democratic Republic of the Congo'], [{ state: 'Zaire', name: 'Zaire' }, { state: 'Congo', name: 'Democratic Republic of the Congo' }]);
    expect(conflicts.map((c) => c?.message)).toEqual(['"Zaire" is not a State of member-states.csv', '"Democratic Republic of the Congo" already names another State (democratic-republic-of-the-congo)']);
  });
});
