import { css } from 'lit';

/** The root element's own look: the frame that resets the page's CSS, the header, the loading line. */
export const rootStyles = css`
  /* The page's CSS reaches only the host element: reset what it could pass down... */
  :host {
    all: initial;
    display: block;
    /* WebKit (every iPhone browser) recomputes the rem sizes inside a shadow tree, when the page's
       root font size changes (an A+ button), only if the host's own style uses rem: without this
       the element kept its old size. .frame resets text-indent, so nothing drawn changes. */
    text-indent: 1rem;
    background: var(--_bg);
    container-type: inline-size;
  }
  /* ...and start again from initial values inside, where no page rule can match. */
  .frame {
    all: initial;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    /* Never smaller than the reader's default (1em: the host is reset to medium), though CMS
       themes shrink the root to 62.5 %; larger when the page enlarges its text (an A+ button). */
    font-size: var(--ccq-font-size, max(1rem, 1em));
    line-height: 1.5;
    text-align: start;
    max-width: var(--ccq-max-width, 52em);
    margin: 0 auto;
    padding: 1em;
  }
  header {
    border-bottom: 3px solid var(--_primary);
    padding-bottom: 0.75em;
    margin-bottom: 1em;
  }
  header h1 {
    font-size: 1.4em;
    line-height: 1.3;
    margin: 0 0 0.25em;
    color: var(--_primary);
  }
  header p {
    margin: 0;
  }
  /* During an attempt the title is one line, so the question starts high on a phone. */
  .slim {
    padding-bottom: 0.25em;
    margin-bottom: 0.5em;
  }
  .slim h1 {
    font-size: 1em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    margin: 0;
  }
  .loading {
    padding: 2em 0;
  }
  @container (max-width: 400px) {
    .frame {
      padding: 0.75em;
    }
    header h1 {
      font-size: 1.2em;
    }
  }
`;
