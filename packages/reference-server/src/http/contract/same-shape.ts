/**
 * @module http/contract/same-shape
 * `SameShape<A, B>`: true when two wire types describe the same JSON — the same keys, the same
 * optionality and nullability, the same literals — ignoring only `readonly` (the SDK's types are
 * readonly, `z.infer` is not) and how an intersection is spelled. Checked both ways, so a field
 * that one side adds, drops, widens or makes optional fails.
 */

/** Readonly all the way down, with intersections flattened, so that only the shape is compared. */
export type WireShape<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly WireShape<U>[]
    : T extends object
      ? { readonly [K in keyof T]: WireShape<T[K]> }
      : T;

/** Exact type identity (the compiler's own, not assignability). */
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export type SameShape<A, B> = Identical<WireShape<A>, WireShape<B>>;

/** Compiles only for `true`: `Assert<SameShape<X, Y>>`. */
export type Assert<T extends true> = T;
