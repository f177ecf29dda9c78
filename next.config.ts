import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: {
    // Messages are compiled at build time: the browser gets no ICU parser and parses no message at run time.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Content-Security-Policy (with a nonce per page) and the other security headers are set by the
  // custom server for every response: server/http/security-headers.ts.
};

export default withNextIntl(nextConfig);
