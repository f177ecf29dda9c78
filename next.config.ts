import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Content-Security-Policy (with a nonce per page) and the other security headers are set by the
  // custom server for every response: server/http/security-headers.ts.
};

export default withNextIntl(nextConfig);
