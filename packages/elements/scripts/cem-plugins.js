// @ts-check
/**
 * @module
 * Analyzer plugins that make custom-elements.json complete and point it at what ships. They read
 * the sources as text (the styles, the events), so the manifest follows the code instead of a
 * hand-kept list:
 *
 * - `cssPropertiesPlugin`: every `--gk-*` custom property an element honours, found in the
 *   styles it adopts (`static styles = [tokens, shared, styles]`): a token used directly
 *   (`var(--gk-max-width, 34rem)`), or through the private `--_*` copy that tokens.styles.ts
 *   makes of it when the element's CSS reads that copy. Defaults come from the CSS (light, and
 *   dark when it differs); descriptions from the class's `@cssproperty` JSDoc, else the shared
 *   table below.
 * - `eventsPlugin`: every `gk-*` event the element's module dispatches (`new Gk…Event(`), typed
 *   with its event class and the class's `detail` type from src/events/.
 * - `distPathsPlugin`: module paths `src/….ts` become `dist/….js`, the files a consumer imports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** What each shared token is for (the README's Theming table); JSDoc on a class overrides it. */
const TOKEN_DESCRIPTIONS = {
  '--gk-color-primary': 'Primary buttons, selection, accents.',
  '--gk-color-on-primary': 'Text on the primary colour.',
  '--gk-color-surface': 'Card background.',
  '--gk-color-surface-muted': 'Background of secondary areas (permissions, avatars, confirmations).',
  '--gk-color-text': 'Text colour.',
  '--gk-color-text-muted': 'Secondary text.',
  '--gk-color-border': 'Borders and dividers.',
  '--gk-color-danger': 'Errors and destructive actions.',
  '--gk-color-danger-surface': 'Background of errors.',
  '--gk-color-success': 'Check marks and success messages.',
  '--gk-color-focus': 'Focus ring.',
  '--gk-radius': 'Corner radius of cards.',
  '--gk-radius-small': 'Corner radius of buttons and options.',
  '--gk-font-family': 'Font stack of all text.',
  '--gk-font-family-mono': 'Font stack of codes and secrets.',
  '--gk-shadow': 'Card shadow.',
  '--gk-spacing': 'Base spacing unit.',
  '--gk-font-size-title': 'Type scale: the card title (h2).',
  '--gk-font-size-heading': 'Type scale: section headings (h3).',
  '--gk-font-size-small': 'Type scale: secondary text (hints, tables, field errors, badges).',
  '--gk-max-width': 'Maximum width of the element.',
  '--gk-transition-duration': 'Duration of hover and state transitions (0ms under prefers-reduced-motion).',
};

/** @param {string} file a `.js` specifier or path of a TypeScript source */
const tsPath = (file) => file.replace(/\.js$/, '.ts');

/**
 * The CSS text of the styles a component adopts: the identifiers of its `static styles = […]`,
 * resolved through its default imports, plus any `css` literal in the module itself.
 * @param {string} componentPath
 */
function adoptedCss(componentPath) {
  const source = readFileSync(componentPath, 'utf8');
  const imports = new Map([...source.matchAll(/import (\w+) from '(\.[^']+)';/g)].map(([, name, from]) => [name, join(dirname(componentPath), tsPath(from ?? ''))]));
  const list = /static (?:override )?styles = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const files = list.split(',').map((name) => imports.get(name.trim())).filter((file) => file !== undefined && existsSync(file));
  const inline = [...source.matchAll(/css`([^`]*)`/g)].map(([, text]) => text);
  return [...files.map((file) => readFileSync(/** @type {string} */ (file), 'utf8')), ...inline].join('\n');
}

/**
 * The `--gk-*` properties a stylesheet honours, with their light and dark defaults.
 * @param {string} cssText
 * @returns {Map<string, { light?: string, dark?: string }>}
 */
export function honouredTokens(cssText) {
  /** @type {Map<string, string>} private copy → token */
  const copies = new Map();
  /** @type {Map<string, { light?: string, dark?: string }>} */
  const defaults = new Map();
  // tokens.styles.ts gives the dark defaults in one `prefers-color-scheme: dark` block.
  const darkStart = cssText.indexOf('@media (prefers-color-scheme: dark)');
  const nextMedia = darkStart < 0 ? -1 : cssText.indexOf('@media', darkStart + 1);
  const darkEnd = nextMedia < 0 ? Infinity : nextMedia;
  const record = (/** @type {string} */ token, /** @type {string | undefined} */ value, /** @type {number} */ at) => {
    const entry = defaults.get(token) ?? {};
    const scheme = darkStart >= 0 && at > darkStart && at < darkEnd ? 'dark' : 'light';
    if (value && entry[scheme] === undefined) entry[scheme] = value.trim();
    defaults.set(token, entry);
  };
  for (const match of cssText.matchAll(/(--_[\w-]+):\s*var\((--gk-[\w-]+)(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g)) {
    copies.set(/** @type {string} */ (match[1]), /** @type {string} */ (match[2]));
    record(/** @type {string} */ (match[2]), match[3], match.index ?? 0);
  }
  /** @type {Set<string>} */
  const honoured = new Set();
  for (const match of cssText.matchAll(/var\((--_[\w-]+)/g)) {
    const token = copies.get(/** @type {string} */ (match[1]));
    if (token) honoured.add(token);
  }
  // Direct uses, outside the private copies' declarations.
  for (const match of cssText.matchAll(/(?<!--_[\w-]+:\s*)var\((--gk-[\w-]+)(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g)) {
    honoured.add(/** @type {string} */ (match[1]));
    record(/** @type {string} */ (match[1]), match[2], match.index ?? 0);
  }
  return new Map([...honoured].sort().map((token) => [token, defaults.get(token) ?? {}]));
}

/** @param {any} manifest @param {(declaration: any, path: string) => void} visit */
function forEachElement(manifest, visit) {
  for (const moduleDoc of manifest.modules ?? []) {
    for (const declaration of moduleDoc.declarations ?? []) if (declaration.tagName) visit(declaration, moduleDoc.path);
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function cssPropertiesPlugin() {
  return {
    name: 'grantkit-css-properties',
    packageLinkPhase({ customElementsManifest }) {
      forEachElement(customElementsManifest, (element, path) => {
        /** @type {Map<string, any>} */
        const documented = new Map((element.cssProperties ?? []).map((/** @type {any} */ property) => [property.name, property]));
        const tokens = honouredTokens(adoptedCss(path));
        for (const name of documented.keys()) {
          if (!tokens.has(name)) console.warn(`${element.tagName}: @cssproperty ${name} is documented but its styles do not read it; left out.`);
        }
        element.cssProperties = [...tokens].map(([name, { light, dark }]) => {
          const description = documented.get(name)?.description ?? TOKEN_DESCRIPTIONS[/** @type {keyof typeof TOKEN_DESCRIPTIONS} */ (name)] ?? '';
          const darkNote = dark && dark !== light ? ` Dark default: \`${dark}\`.` : '';
          return { name, description: `${description}${darkNote}`, ...(light ? { default: light } : {}) };
        });
      });
    },
  };
}

/**
 * Event name → event class and detail type, from src/events/*.ts.
 * @param {string} eventsDir
 */
function eventClasses(eventsDir) {
  /** @type {Map<string, { name: string, className: string, detail: string }>} */
  const byClass = new Map();
  for (const file of readdirSync(eventsDir)) {
    const source = readFileSync(join(eventsDir, file), 'utf8');
    for (const match of source.matchAll(/class (\w+) extends CustomEvent<(.+)> \{[\s\S]*?super\('(gk-[\w-]+)'/g)) {
      const [, className, detail, name] = /** @type {string[]} */ (match);
      byClass.set(/** @type {string} */ (className), { name: /** @type {string} */ (name), className: /** @type {string} */ (className), detail: /** @type {string} */ (detail) });
    }
  }
  return byClass;
}

/** @param {{ eventsDir: string }} options @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function eventsPlugin({ eventsDir }) {
  return {
    name: 'grantkit-events',
    packageLinkPhase({ customElementsManifest }) {
      const classes = eventClasses(eventsDir);
      forEachElement(customElementsManifest, (element, path) => {
        const source = readFileSync(path, 'utf8');
        /** @type {any[]} */
        const events = element.events ?? [];
        for (const [, className] of source.matchAll(/new (Gk\w+Event)\(/g)) {
          const event = classes.get(/** @type {string} */ (className));
          if (event && !events.some((documented) => documented.name === event.name)) {
            console.warn(`${element.tagName}: dispatches ${event.name} without an @event line; added.`);
            events.push({ name: event.name, description: '' });
          }
        }
        for (const documented of events) {
          const event = [...classes.values()].find((candidate) => candidate.name === documented.name);
          if (!event) continue;
          documented.type = { text: event.className };
          const note = `Detail type: \`${event.detail}\`.`;
          if (!documented.description?.includes(note)) documented.description = `${documented.description ?? ''} ${note}`.trim();
        }
        element.events = events;
      });
    },
  };
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function distPathsPlugin() {
  /** @param {any} value @returns {any} */
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          (key === 'path' || key === 'module') && typeof inner === 'string' ? inner.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js') : rewrite(inner),
        ]),
      );
    }
    return value;
  };
  return {
    name: 'grantkit-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules ?? []) {
        // `export type { … } from` re-exports nothing at run time: leave those names out.
        const source = readFileSync(moduleDoc.path, 'utf8');
        const typeOnly = new Set([...source.matchAll(/export type \{([^}]*)\}/g)].flatMap(([, names]) => (names ?? '').split(',').map((name) => name.trim())));
        moduleDoc.exports = moduleDoc.exports?.filter((/** @type {any} */ entry) => !typeOnly.has(entry.name));
        // The analyzer leaves re-exports' specifiers relative to the module: resolve them.
        for (const entry of moduleDoc.exports ?? []) {
          const specifier = entry.declaration?.module;
          if (typeof specifier === 'string' && specifier.startsWith('.')) entry.declaration.module = posix.join(posix.dirname(moduleDoc.path), specifier);
        }
      }
      customElementsManifest.modules = rewrite(customElementsManifest.modules);
    },
  };
}
