/**
 * Property tests run with one seed, so `npm test` (and CI) gives the same
 * answer for the same code: a counterexample found by exploring is added as a
 * plain test, not discovered by chance on someone's commit.
 * `npm run test:explore` (FC_SEED=random) tries fresh inputs; any other
 * FC_SEED replays a run.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20_261_201 });
