// Beside each numbered paragraph of a letter: "Copy link" (the paragraph's full address) and "Cite"
// (its citation with "para. N"). The templates come from the page ({n} stands for the number).

/** Copies text to the clipboard; where the browser refuses, shows it to copy by hand. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    window.prompt('Copy this:', text);
    return false;
  }
}

/** A button whose accessible name starts with its visible label (WCAG 2.5.3), and that says in `status` what it copied. */
function toolButton(label: string, accessibleName: string, copied: string, text: () => string, status: HTMLElement | null): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'para-tool';
  button.textContent = label;
  button.setAttribute('aria-label', accessibleName);
  button.addEventListener('click', async () => {
    if (!(await copyText(text()))) return;
    button.textContent = 'Copied';
    if (status) status.textContent = `${copied} copied to the clipboard`;
    setTimeout(() => (button.textContent = label), 2000);
  });
  return button;
}

/** Adds the copy buttons at the end of every numbered paragraph of the page's letter text. */
export function enhanceParagraphs(root: Document): void {
  const templates = root.querySelector<HTMLElement>('[data-paragraph-tools]');
  if (!templates) return;
  const { url = '', citation = '' } = templates.dataset;
  const status = root.getElementById('paragraph-tools-status');
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.letter-text .para-link')) {
    const n = link.textContent?.trim() ?? '';
    const fill = (template: string) => () => template.replaceAll('{n}', n);
    const tools = document.createElement('span');
    tools.className = 'para-tools';
    tools.append(
      toolButton('Copy link', `Copy link to paragraph ${n}`, `Link to paragraph ${n}`, fill(url), status),
      toolButton('Cite', `Cite paragraph ${n}`, `Citation of paragraph ${n}`, fill(citation), status),
    );
    link.parentElement?.append(tools);
  }
}
