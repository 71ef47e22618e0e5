/**
 * A <pre> that program output is appended to as it arrives. Text only (text nodes, never HTML);
 * writes are batched per animation frame so a chatty program cannot flood the page with nodes.
 */
export class OutputPane {
  private buffered = "";
  private scheduled = false;
  private text = "";

  constructor(private readonly element: HTMLElement) {}

  /** Everything written since the last clear, including what is not painted yet. */
  get content(): string {
    return this.text;
  }

  write(text: string): void {
    this.text += text;
    this.buffered += text;
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.flush());
  }

  flush(): void {
    this.scheduled = false;
    if (this.buffered === "") return;
    this.element.append(document.createTextNode(this.buffered));
    this.buffered = "";
    this.element.scrollTop = this.element.scrollHeight;
  }

  clear(): void {
    this.text = "";
    this.buffered = "";
    this.element.textContent = "";
  }
}
