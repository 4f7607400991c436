/**
 * `@grantkit/sdk/rules`: the small rules that the SDK, its mock and the reference server must
 * apply alike (loopback hosts, UUIDs, embedding origins). Pure functions, no dependencies.
 *
 * @module
 */
export { isLoopbackHost, isLoopbackHttpUrl, isLoopbackUrl } from './loopback.js'
export { isUuid, UUID_PATTERN } from './uuid.js'
export { parseEmbeddingOrigin, type EmbeddingOriginProblem } from './embedding-origin.js'
