// The four kinds of annotation, once for the page, the widget and the exports:
// their labels, what they mean, and their colours (a fill and a line, for
// light and dark backgrounds, and the line's style).

export const KINDS = ['person', 'place', 'date', 'quote'];

export const KIND_INFO = {
  person: {
    label: 'Person', plural: 'People', one: 'person', many: 'people', line: 'solid',
    description: 'a person, with all the names the article gives them',
    light: { bg: '#dbe8fb', line: '#1f5fb8' }, dark: { bg: '#1e3557', line: '#8ab8ff' },
  },
  place: {
    label: 'Place', plural: 'Places', one: 'place', many: 'places', line: 'dashed',
    description: 'a place, linked to GeoNames with its country and coordinates',
    light: { bg: '#d7f0df', line: '#1e7a3c' }, dark: { bg: '#173a25', line: '#7fd69b' },
  },
  date: {
    label: 'Date', plural: 'Dates', one: 'date', many: 'dates', line: 'dotted',
    description: 'a date or time, resolved to the calendar',
    light: { bg: '#fbe8c8', line: '#9a5b00' }, dark: { bg: '#43300f', line: '#f2b85b' },
  },
  quote: {
    label: 'Quote', plural: 'Quotes', one: 'quote', many: 'quotes', line: 'solid',
    description: 'a quotation or indirect speech, with its speaker',
    light: { bg: '#efe5fb', line: '#6f3fb5', indirect: '#f7f2fc' }, dark: { bg: '#33264a', line: '#c7a4ff', indirect: '#27223a' },
  },
};

/** KIND_INFO's label per kind ("Person"). */
export const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k, KIND_INFO[k].label]));

/**
 * A translucent fill of the kind's line colour, for pages whose background
 * is not ours (the widget in a host article): it reads on light and dark.
 */
export function tint(kind, alpha = 0.2) {
  const hex = (KIND_INFO[kind] || KIND_INFO.quote).light.line;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The kinds' colours as CSS custom properties (--person-bg, --person-line, …) for `scheme`. */
export function kindVariables(scheme = 'light') {
  return KINDS.map((k) => {
    const c = KIND_INFO[k][scheme];
    return `--${k}-bg: ${c.bg}; --${k}-line: ${c.line};${c.indirect ? ` --${k}-indirect-bg: ${c.indirect};` : ''}`;
  }).join(' ');
}
