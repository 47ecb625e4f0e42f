/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The MDX compiler (esbuild) runs at build time and in `npm run dev` only; keep it out of bundles.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  experimental: {
    // This project builds on 2-core machines: more workers than cores only adds contention.
    cpus: 2,
  },
};

export default nextConfig;
