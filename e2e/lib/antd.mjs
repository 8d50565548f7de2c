/** Driving Ant Design controls the way a user does: open, pick, type. */

/** The dropdown that is open now (not one still playing its closing animation). */
const openDropdown = (page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])').last();

/** Waits until the open dropdown has finished its opening animation (clicks during it can miss). */
async function settled(dropdown) {
  await dropdown.waitFor();
  await dropdown
    .page()
    .waitForFunction((el) => el && !/-(enter|appear)\b/.test(el.className), await dropdown.elementHandle());
}

/**
 * Opens a Select and clicks the option whose text contains `text`, until the option shows as
 * selected. With `search`, types the text first: long lists are virtual, so options far down are
 * not in the page until filtered.
 */
export async function pickOption(page, select, text, { search = false } = {}) {
  // The chosen value (or, in a multiple select, its tags) is drawn inside .ant-select-content.
  const shown = select.locator('.ant-select-content', { hasText: text }).first();
  for (let attempt = 1; ; attempt++) {
    const dropdown = openDropdown(page);
    if (!(await dropdown.isVisible().catch(() => false))) {
      await select.click();
      if (search) await page.keyboard.type(text);
    }
    await settled(dropdown);
    await dropdown.locator('.ant-select-item-option', { hasText: text }).first().click();
    // Done when the select shows the choice (the list may re-render under the pointer otherwise).
    if (
      await shown.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
    if (attempt === 3) throw new Error(`option «${text}» did not get selected`);
  }
}

/** Opens a TreeSelect and clicks the node titled exactly `text`. */
export async function pickTreeNode(page, select, text) {
  await select.click();
  await settled(openDropdown(page));
  const node = openDropdown(page)
    .locator('.ant-select-tree-node-content-wrapper')
    .filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });
  await node.first().waitFor();
  await node.first().click();
}

/**
 * Types a date (ДД.ММ.ГГГГ) into a DatePicker and leaves the field with Tab (Enter would also
 * submit the surrounding form), then checks the picker kept the date.
 */
export async function fillDate(_page, picker, ddmmyyyy) {
  const isInput = await picker.evaluate((el) => el.tagName === 'INPUT');
  const input = isInput ? picker : picker.locator('input').first();
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Tab');
  const kept = await input.inputValue();
  if (kept !== ddmmyyyy) throw new Error(`date picker shows «${kept}» after typing «${ddmmyyyy}»`);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
