import { onScopeDispose, type Ref, shallowRef, watch } from "vue";

/** A copy of `source` that follows it once it has stopped changing for `delayMs`. */
export function useDebouncedRef<T>(source: Readonly<Ref<T>>, delayMs: number): Readonly<Ref<T>> {
  const debounced = shallowRef(source.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (next) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      debounced.value = next;
    }, delayMs);
  });
  onScopeDispose(() => clearTimeout(timer));
  return debounced;
}
