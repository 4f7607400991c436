/** The reference server's public URL, set before any module runs by /grantkit-server.js (server-url.ts). */
interface Window {
  readonly GRANTKIT_SERVER_URL: string;
}
