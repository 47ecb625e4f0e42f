/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Benchmarks build into their own folder so they never clobber the real build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // Types are checked once by `npm run typecheck` (CI and test:all run it); checking again in
  // every build only adds seconds.
  typescript: { ignoreBuildErrors: true },
  // The MDX compiler (esbuild) runs at build time and in `npm run dev` only; keep it out of bundles.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  experimental: {
    // This project builds on 2-core machines: more workers than cores only adds contention.
    cpus: 2,
  },
};

export default nextConfig;
