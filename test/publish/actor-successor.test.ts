/** Retired actor ids: the actor that now bears one of the names, or none. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorSuccessor, retiredActors } from '../../src/pipeline/publish/actor-successor.ts';
import { emptyRegistry, recordPublished } from '../../src/pipeline/publish/id-registry.ts';
import type { Actor } from '../../src/pipeline/types.ts';
import { dataset } from '../export/support.ts';

const withPage = (id: string, name: string, aliases: string[] = [], kind: Actor['kind'] = 'person'): Actor => ({
  id,
  name,
  aliases,
  kind,
  path: `/actors/${id}/`,
});

describe('actorSuccessor', () => {
  const actors = [withPage('sergey-lavrov', 'Sergey Lavrov', ['Lavrov']), withPage('nato', 'NATO', ['the alliance'], 'group')];

  it('finds the actor that goes by one of the names, spelt another way', () => {
    assert.equal(actorSuccessor({ name: 'Sergei Lavrov', aliases: [] }, actors)?.id, 'sergey-lavrov');
    assert.equal(actorSuccessor({ name: 'North Atlantic Treaty Organization', aliases: ['The Alliance'] }, actors)?.id, 'nato');
  });

  it('finds none when no actor, or more than one, bears the names', () => {
    assert.equal(actorSuccessor({ name: 'Antony Blinken', aliases: [] }, actors), null);
    assert.equal(actorSuccessor({ name: 'Lavrov', aliases: ['NATO'] }, actors), null);
  });
});

describe('retiredActors', () => {
  it('lists the published ids without a page now, with their successor or none, in id order', () => {
    const before = dataset([]);
    before.actors = [withPage('sergei-lavrov', 'Sergei Lavrov'), withPage('zeta-ministry', 'Zeta Ministry'), withPage('nato', 'NATO')];
    const registry = recordPublished(emptyRegistry(), before);
    const after = dataset([]);
    after.actors = [withPage('sergey-lavrov', 'Sergey Lavrov', ['Sergei Lavrov']), withPage('nato', 'NATO')];
    assert.deepEqual(retiredActors(registry, after), [
      { id: 'sergei-lavrov', kind: 'moved', to: after.actors[0] },
      { id: 'zeta-ministry', kind: 'removed', name: 'Zeta Ministry' },
    ]);
  });
});
