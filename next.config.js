/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/schema-engine-wasm", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
