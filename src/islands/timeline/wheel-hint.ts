/** A plain wheel over the picture scrolls the page: the hint tells the reader, for a moment, how to zoom instead. */
export class WheelHint {
  private timer = 0;

  constructor(private readonly element: HTMLElement) {}

  flash(): void {
    this.element.hidden = false;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (this.element.hidden = true), 1500);
  }
}
