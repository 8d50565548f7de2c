/** Driving Ant Design controls the way a user does: open, pick, type. */

const openDropdown = (page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();

/**
 * Opens a Select and clicks the option whose text contains `text`. With `search`, types the text
 * first: long lists are virtual, so options far down are not in the page until filtered.
 */
export async function pickOption(page, select, text, { search = false } = {}) {
  await select.click();
  if (search) await page.keyboard.type(text);
  const option = openDropdown(page).locator('.ant-select-item-option', { hasText: text }).first();
  await option.waitFor();
  await option.click();
}

/** Opens a TreeSelect and clicks the node titled exactly `text`. */
export async function pickTreeNode(page, select, text) {
  await select.click();
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
