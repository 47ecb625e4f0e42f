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
  async rewrites() {
    return [
      // Outlook asks for /Autodiscover/Autodiscover.xml, other apps for other spellings. Rewrites
      // match without regard to case (Next.js default) while app/ folders match exactly, so one
      // lower-case route plus this rewrite answers every spelling, and a case-insensitive checkout
      // (macOS, Windows) never meets two folders that differ only in case. Rewrites run after the
      // file-system routes: the lower-case path itself goes straight to the route.
      { source: '/autodiscover/autodiscover.xml', destination: '/autodiscover/autodiscover.xml' },
    ];
  },
  experimental: {
    // This project builds on 2-core machines: more workers than cores only adds contention.
    cpus: 2,
  },
};

export default nextConfig;
