import { useEffect, useRef } from 'react';

/** A ref to a heading that takes focus when the screen appears, so screen readers announce it. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
