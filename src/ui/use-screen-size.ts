import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

export interface ScreenSize {
  width: number;
  /** Rows Ink may draw: one less than the screen, so Ink rewrites lines instead of clearing the screen. */
  height: number;
}

export function screenSize(stdout: NodeJS.WriteStream): ScreenSize {
  return { width: Math.max(1, stdout.columns || 80), height: Math.max(2, (stdout.rows || 24) - 1) };
}

/** The terminal's size, following resizes. */
export function useScreenSize(): ScreenSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => screenSize(stdout));
  useEffect(() => {
    const onResize = () => setSize(screenSize(stdout));
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return size;
}
