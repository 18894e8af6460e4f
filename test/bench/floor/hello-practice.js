// The floor for size and speed: the smallest useful Lit page, one element with styles, a property and a button.
import { LitElement, html, css } from 'lit';

class HelloPractice extends LitElement {
  static properties = { practice: {} };
  static styles = css`:host { display: block; font: 1rem system-ui; }`;
  render() {
    return html`<h2>How was your visit to ${this.practice}?</h2><button>Next</button>`;
  }
}
if (!customElements.get('hello-practice')) customElements.define('hello-practice', HelloPractice);
