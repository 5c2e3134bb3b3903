import { expect } from '@open-wc/testing';
import { render } from '../helpers/sanitized.ts';

// #13 F1: a form's named controls shadow the form's own properties (DOM clobbering); the
// sanitiser must read the tree through the prototypes' accessors, never through the element.
describe('sanitizeRules against DOM clobbering', () => {
  it('keeps the text around a form whose input is named tagName', () => {
    expect(render('<p>a</p><form><input name="tagName"></form><p>b</p>').innerHTML).to.equal('<p>a</p><p>b</p>');
  });

  it('keeps the text of an element whose child has id="childNodes"', () => {
    expect(render('<p>a</p><form><input id="childNodes"><p>c</p></form><p>b</p>').innerHTML).to.equal('<p>a</p><p>c</p><p>b</p>');
  });

  it('keeps the text inside a form whose input is named nodeType', () => {
    expect(render('<form><input name="nodeType"><p>x</p></form>').innerHTML).to.equal('<p>x</p>');
  });

  it('keeps the text of a form that clobbers every property the walk could read', () => {
    const html = '<form><input name="childNodes"><input name="nodeType"><input name="tagName"><input name="localName"><b>y</b></form>';
    expect(render(html).innerHTML).to.equal('<b>y</b>');
  });
});
