/**
 * Resolves after the browser has had the chance to paint, so a progress step shows before the next
 * long synchronous stretch. requestAnimationFrame does not fire while the pane is hidden, hence the timer.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}
