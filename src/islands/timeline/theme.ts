/** The colours in force (light or dark), read from the page's CSS once per scheme, not per frame. */
export interface Theme {
  bg: string;
  fg: string;
  muted: string;
  band: string;
  grid: string;
  link: string;
  focus: string;
  accent: string;
  cluster: string;
  clusterText: string;
  kinds: Record<string, string>;
  otherKind: string;
  font: string;
}

const css = (style: CSSStyleDeclaration, name: string) => style.getPropertyValue(name).trim();

/** From the CSS variables of global.css and timeline.css. */
export function readTheme(element: Element): Theme {
  const style = getComputedStyle(element);
  return {
    bg: css(style, '--bg'),
    fg: css(style, '--fg'),
    muted: css(style, '--muted'),
    band: css(style, '--tl-band'),
    grid: css(style, '--tl-grid'),
    link: css(style, '--tl-link'),
    focus: css(style, '--focus'),
    accent: css(style, '--accent'),
    cluster: css(style, '--tl-cluster'),
    clusterText: css(style, '--tl-cluster-text'),
    kinds: {
      statement: css(style, '--tl-statement'),
      document: css(style, '--tl-document'),
      call: css(style, '--tl-call'),
      meeting: css(style, '--tl-meeting'),
      denial: css(style, '--tl-denial'),
    },
    otherKind: css(style, '--tl-other'),
    font: style.fontFamily,
  };
}
