/**
 * Which way imports may point (`npm run cycles`). Data flows one way: articles → pipeline →
 * content entries + dataset → pages → islands; code both the build and the browser run lives
 * in src/shared/ and imports neither side.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules are one concept, or a shared piece wants a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-neutral',
      severity: 'error',
      comment: 'src/shared/ runs in the build and in the browser: it cannot lean on either side.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(?!shared/)' },
    },
    {
      name: 'pipeline-knows-no-site',
      severity: 'error',
      comment: 'The pipeline is pure functions from text to data: no pages, components, islands or Astro glue.',
      from: { path: '^src/pipeline/' },
      to: { path: '^src/(pages|components|layouts|lib|islands|integrations)/' },
    },
    {
      name: 'islands-take-data-not-pipeline',
      severity: 'error',
      comment: 'Browser code reads the dataset (its types are in src/shared/dataset.ts); it runs no build-time code.',
      from: { path: '^src/islands/' },
      to: { path: '^src/pipeline/' },
    },
    {
      name: 'actors-before-extract',
      severity: 'error',
      comment: 'The extractor uses the actor directory, not the other way round.',
      from: { path: '^src/pipeline/actors/' },
      to: { path: '^src/pipeline/extract/' },
    },
    {
      name: 'extract-before-points',
      severity: 'error',
      comment: 'Statements are made before they are merged into points.',
      from: { path: '^src/pipeline/extract/' },
      to: { path: '^src/pipeline/points/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-subpath|dist-story|[.]generated|[.]generated-subpath|[.]generated-story|[.]astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
