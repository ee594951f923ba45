/* Humo demo: a www.facebook.com-like News Feed. Plain JS, no network beyond /__demo/facebook/.
 * Markup follows ../../../shared/platforms.md (Facebook): feed units div[aria-posinset] inside
 * div[role=feed], role=article posts with role=article comments nested inside, h4 headers,
 * story_message text, l.facebook.com-wrapped links, obfuscated Sponsored labels, and feed units
 * that are emptied when far above the viewport and re-filled when scrolled back.
 * Post text is always inserted as text nodes (never innerHTML). */
(() => {
  'use strict';

  const PAGE_SIZE = 10;
  const LOAD_DELAY_MS = 150;
  const RECYCLE_MIN_UNITS = 40;
  const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

  /** @type {{posts: any[], next: number, units: {el: HTMLElement, post: any, filled: boolean, renders: number}[], loading: boolean, expanded: Set<string>}} */
  const state = { posts: [], next: 0, units: [], loading: false, expanded: new Set() };

  const demo = {
    rendered: new Set(),
    current() {
      return state.units.filter((u) => u.filled).map((u) => ({ id: u.post.id, unit: u.el }));
    },
    done: false,
    /** empty + refill events */
    reused: 0,
    emptied: 0,
    refilled: 0,
    total: 0,
  };
  window.__humoDemo = demo;

  // ---------------------------------------------------------------- helpers
  function hashStr(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }
  function rng(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /** Facebook-ish hashed class names: stable per role, meaningless to read. */
  function cls(role) {
    return 'x' + hashStr(role).toString(36).slice(0, 7);
  }
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'style') e.setAttribute('style', v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    if (children) for (const c of children) append(e, c);
    return e;
  }
  function append(parent, c) {
    if (c === null || c === undefined || c === false) return;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  function svgEl(tag, attrs, children) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (children) for (const c of children) append(e, c);
    return e;
  }
  function initials(name) {
    const parts = name.replace(/[^\p{L}\p{N} ]/gu, '').split(/\s+/).filter(Boolean);
    return ((parts[0] || '?')[0] + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
  }
  function avatar(author, href, small) {
    const hue = hashStr(author.id) % 360;
    return el('a', { href, 'aria-hidden': 'true', tabindex: '-1', class: `avatar${small ? ' sm' : ''}`, style: `background:hsl(${hue} 55% 48%)` }, [
      el('span', { class: 'avatar-i' }, [initials(author.name)]),
    ]);
  }
  const isNumericId = (id) => /^\d+$/.test(id);
  function profileHref(author) {
    return isNumericId(author.id) ? `/profile.php?id=${author.id}` : `/${author.id}`;
  }
  function authorHrefIn(post, author) {
    // In groups, numeric-id members link to their group member page; vanity users to their profile.
    if (post.group && isNumericId(author.id)) return `/groups/${post.group.id}/user/${author.id}/`;
    return profileHref(author);
  }
  function cft(seed) {
    const r = rng(seed);
    let s = 'AZ';
    const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < 40; i++) s += abc[Math.floor(r() * abc.length)];
    return s;
  }
  function permalinkOf(post, index) {
    const q = `?__cft__[0]=${cft(hashStr(post.id))}&__tn__=%2CO%2CP-R`;
    if (post.group) {
      return index % 2 === 0 ? `/groups/${post.group.id}/posts/${post.id}/${q}` : `/groups/${post.group.id}/permalink/${post.id}/`;
    }
    if (isNumericId(post.author.id)) return `/permalink.php?story_fbid=${post.id}&id=${post.author.id}`;
    return `/${post.author.id}/posts/${post.id}${q}`;
  }
  function sharePermalink(post) {
    const shareId = (BigInt(post.id) + 7n).toString();
    const s = post.repostedBy;
    return isNumericId(s.id) ? `/permalink.php?story_fbid=${shareId}&id=${s.id}` : `/${s.id}/posts/${shareId}`;
  }
  /** FB wraps outbound links in its redirector and tags the target with fbclid. */
  function wrapLink(href) {
    const u = new URL(href);
    u.searchParams.set('fbclid', 'IwAR' + cft(hashStr(href)).slice(2, 30));
    return `https://l.facebook.com/l.php?u=${encodeURIComponent(u.href)}&h=AT${cft(hashStr('h' + href)).slice(2, 28)}&__tn__=-UK-R`;
  }

  // ------------------------------------------------------------- post text
  function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  /** Text of one paragraph with inline links (link texts present in the post) and hashtags. */
  function paragraphNodes(text, links) {
    const parts = [];
    const alts = links.map((l) => escapeRe(l.text));
    alts.push('#[\\p{L}\\p{N}_]+');
    const re = new RegExp(alts.join('|'), 'gu');
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) parts.push(...lines(text.slice(last, m.index)));
      const hit = m[0];
      const link = links.find((l) => l.text === hit);
      if (link) {
        parts.push(el('a', { href: wrapLink(link.href), rel: 'nofollow noreferrer', target: '_blank', role: 'link', tabindex: '0', class: cls('inline-link') }, [hit]));
      } else {
        parts.push(el('a', { href: `/hashtag/${encodeURIComponent(hit.slice(1).toLowerCase())}?__eep__=6&__cft__[0]=${cft(hashStr(hit)).slice(0, 20)}`, role: 'link', tabindex: '0', class: cls('hashtag') }, [hit]));
      }
      last = m.index + hit.length;
    }
    if (last < text.length) parts.push(...lines(text.slice(last)));
    return parts;
  }
  function lines(s) {
    const out = [];
    s.split('\n').forEach((line, i) => {
      if (i > 0) out.push(el('br'));
      if (line) out.push(line);
    });
    return out;
  }
  /** Cut a long text around `limit` characters on a word boundary. */
  function truncateText(text, limit) {
    if (text.length <= limit) return text;
    const cut = text.lastIndexOf(' ', limit);
    return text.slice(0, cut > 40 ? cut : limit).replace(/[\s,.;:]+$/u, '');
  }
  function messageBlock(post, domId) {
    const inner = el('div', { class: cls('msg-inner') });
    const box = el('div', { 'data-ad-rendering-role': 'story_message', class: cls('story-message') }, [
      el('div', { 'data-ad-comet-preview': 'message', 'data-ad-preview': 'message', id: domId, class: cls('preview-msg') }, [inner]),
    ]);
    const renderMsg = (full) => {
      inner.replaceChildren();
      const links = (post.links || []).filter((l) => post.text.includes(l.text));
      const shown = full ? post.text : truncateText(post.text, 240);
      const paras = shown.split('\n\n');
      paras.forEach((p, i) => {
        const div = el('div', { dir: 'auto', style: 'text-align: start;' }, paragraphNodes(p, links));
        if (!full && i === paras.length - 1) {
          div.appendChild(document.createTextNode('… '));
          const more = el('div', { role: 'button', tabindex: '0', class: `${cls('see-more')} seemore` }, [post.lang === 'es' ? 'Ver más' : 'See more']);
          more.addEventListener('click', (ev) => {
            ev.preventDefault();
            state.expanded.add(post.id);
            renderMsg(true);
          });
          more.addEventListener('keydown', (ev) => {
            if (ev.key === 'Enter' || ev.key === ' ') more.click();
          });
          div.appendChild(more);
        }
        inner.appendChild(div);
      });
    };
    renderMsg(!post.truncated || state.expanded.has(post.id));
    return box;
  }
  function linkCards(post) {
    const links = (post.links || []).filter((l) => !post.text.includes(l.text));
    return links.map((l) => {
      const host = new URL(l.href).hostname.replace(/^www\./, '').toUpperCase();
      const hue = hashStr(l.href) % 360;
      const cta = post.ad ? el('span', { class: 'cta', role: 'button' }, [post.lang === 'es' ? 'Más información' : 'Learn more']) : null;
      return el('div', { class: `${cls('attachment')} attachment` }, [
        el('a', { href: wrapLink(l.href), rel: 'nofollow noreferrer', target: '_blank', role: 'link', tabindex: '0', class: 'card-a' }, [
          el('div', { class: 'card-img', style: `background:linear-gradient(135deg,hsl(${hue} 60% 70%),hsl(${(hue + 40) % 360} 60% 50%))` }),
          el('div', { class: 'card-body' }, [
            el('div', { class: 'card-text' }, [el('span', { class: 'card-domain' }, [host]), el('span', { class: 'card-title' }, [l.text])]),
            cta,
          ]),
        ]),
      ]);
    });
  }

  // --------------------------------------------------- sponsored labels (obfuscated)
  const ORDER_CLASSES = [];
  function orderClass(n) {
    return ORDER_CLASSES[n] || (ORDER_CLASSES[n] = cls('order-' + n));
  }
  function installOrderRules() {
    const rules = [];
    for (let n = 0; n < 24; n++) rules.push(`.${orderClass(n)}{order:${n}}`);
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    document.head.appendChild(style);
  }
  const DECOY_HIDE_CLASSES = ['xdcy1', 'xdcy2', 'xdcy3'];
  function labelWord(post) {
    if (post.adStyle === 'ad') return 'Ad';
    return post.lang === 'es' ? 'Patrocinado' : 'Sponsored';
  }
  /** Letters as flex items in shuffled DOM order, visual order restored by CSS `order`;
   * decoy letters hidden by class or inline style; zero-width characters in between; some
   * letters only in data-content (painted by ::before). */
  function obfuscatedLabel(word, r, mode) {
    const box = el('span', { class: `${cls('label-flex')} lblflex` });
    const items = [...word].map((ch, i) => ({ ch, i, decoy: false }));
    const decoyCount = 2 + Math.floor(r() * 4);
    const abc = 'SponsredPatrciAdx';
    for (let d = 0; d < decoyCount; d++) items.push({ ch: abc[Math.floor(r() * abc.length)], i: Math.floor(r() * word.length), decoy: true });
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    for (const it of items) {
      const viaClass = mode === 'content' || r() < 0.5;
      const attrs = { class: viaClass ? orderClass(it.i) : cls('letter'), style: viaClass ? undefined : `order:${it.i}` };
      const useContent = mode === 'content' ? r() < 0.6 : r() < 0.2;
      const span = el('span', attrs);
      if (useContent) {
        span.setAttribute('data-content', it.ch);
        span.classList.add('xpcnt');
      } else {
        span.textContent = it.ch;
      }
      if (it.decoy) {
        const how = Math.floor(r() * 4);
        if (how === 0) span.classList.add(DECOY_HIDE_CLASSES[0]); // display:none
        else if (how === 1) span.classList.add(DECOY_HIDE_CLASSES[1]); // absolute, far off-screen
        else if (how === 2) span.classList.add(DECOY_HIDE_CLASSES[2]); // zero font size
        else span.setAttribute('style', `${span.getAttribute('style') || ''};display:none`);
      }
      box.appendChild(span);
      if (r() < 0.6) box.appendChild(document.createTextNode(ZW[Math.floor(r() * ZW.length)]));
    }
    return box;
  }
  function svgLabel(word, r) {
    const w = word.length * 7.2;
    const text = svgEl('text', { x: 0, y: 11, 'font-size': 12, fill: 'currentColor', 'font-family': 'inherit' });
    // Split into tspans; a decoy tspan is hidden.
    let i = 0;
    while (i < word.length) {
      const n = 1 + Math.floor(r() * 3);
      text.appendChild(svgEl('tspan', {}, [word.slice(i, i + n)]));
      if (r() < 0.3) text.appendChild(document.createTextNode(ZW[0]));
      i += n;
    }
    const decoy = svgEl('tspan', { style: 'display:none' }, ['x']);
    text.insertBefore(decoy, text.childNodes[1] || null);
    return svgEl('svg', { class: `${cls('label-svg')} lblsvg`, width: Math.ceil(w), height: 14, viewBox: `0 0 ${Math.ceil(w)} 14`, role: 'img' }, [text]);
  }

  // ------------------------------------------------------------- header
  function timeLink(href, text) {
    return el('span', { class: cls('time-wrap') }, [el('span', {}, [el('a', { href, role: 'link', tabindex: '0', class: `${cls('time')} tlink`, 'aria-label': text }, [text])])]);
  }
  function subLine(children) {
    return el('div', { class: `${cls('subline')} sub` }, children);
  }
  const globe = () => el('span', { class: 'aud', title: 'Shared with Public', 'aria-label': 'Shared with Public', role: 'img' }, ['🌐']);
  const dot = () => el('span', { 'aria-hidden': 'true', class: 'dot' }, ['·']);

  function nameLink(href, name) {
    return el('a', { href, role: 'link', tabindex: '0', class: cls('name-link') }, [el('strong', {}, [el('span', {}, [name])])]);
  }
  function actionsMenu(post) {
    const items = [el('div', { role: 'menuitem', tabindex: '-1' }, ['Save post']), el('div', { role: 'menuitem', tabindex: '-1' }, ['Hide post'])];
    if (post.ad && post.adStyle !== 'partnership') {
      items.push(el('a', { role: 'menuitem', href: `/ads/about/?id=${post.id}&entry_product=ad_preferences&__cft__[0]=${cft(hashStr('ad' + post.id)).slice(0, 24)}`, class: cls('why-ad') }, ['Why am I seeing this ad?']));
    }
    items.push(el('div', { role: 'menuitem', tabindex: '-1' }, ['Report post']));
    const menu = el('div', { role: 'menu', class: 'menu', hidden: true }, items);
    const btn = el('div', { role: 'button', tabindex: '0', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': 'Actions for this post', class: 'dots' }, ['…']);
    btn.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
      btn.setAttribute('aria-expanded', String(!menu.hidden));
    });
    return el('div', { class: 'menu-wrap' }, [btn, menu]);
  }
  function header(post, index, r, headingId) {
    const children = [nameLink(authorHrefIn(post, post.author), post.author.name)];
    if (post.group) {
      children.push(el('span', { class: 'chev', 'aria-hidden': 'true' }, [' ▸ ']));
      children.push(nameLink(`/groups/${post.group.id}/`, post.group.name));
    }
    if (post.adStyle === 'partnership') {
      children.push(' with ');
      children.push(el('a', { href: `/${post.partner.toLowerCase()}uk`, role: 'link', class: cls('name-link') }, [el('strong', {}, [el('span', {}, [post.partner])])]));
    }
    const h4 = el('h4', { id: headingId, class: cls('h4') }, [el('span', { class: cls('h4span') }, children)]);
    let sub;
    if (post.ad) {
      const href = `/${post.author.id}/posts/${post.id}?__cft__[0]=${cft(hashStr(post.id))}&__tn__=%2CO%2CP-R`;
      if (post.adStyle === 'partnership') {
        sub = subLine([
          el('span', {}, [el('a', { href: '/business/help/788160621327601/?helpref=uf_share', role: 'link', class: cls('partnership') }, ['Paid partnership'])]),
          dot(),
          el('span', {}, [el('a', { href, role: 'link', class: `${cls('time')} tlink` }, [post.time === 'Paid partnership' ? '3d' : post.time])]),
          dot(),
          globe(),
        ]);
      } else {
        const word = labelWord(post);
        const label = post.adStyle === 'svg' ? svgLabel(word, r) : obfuscatedLabel(word, r, post.adStyle);
        sub = subLine([el('span', { class: cls('lbl-wrap') }, [el('a', { href, role: 'link', tabindex: '0', class: `${cls('sponsored')} tlink` }, [label])]), dot(), globe()]);
      }
    } else {
      sub = subLine([timeLink(permalinkOf(post, index), post.time), dot(), globe()]);
    }
    return el('div', { class: `${cls('header')} hdr` }, [
      avatar(post.author, authorHrefIn(post, post.author)),
      el('div', { class: `${cls('hdr-text')} hdr-text` }, [h4, sub]),
      actionsMenu(post),
    ]);
  }
  function shareHeader(post, headingId) {
    const s = post.repostedBy;
    const h4 = el('h4', { id: headingId, class: cls('h4') }, [
      el('span', { class: cls('h4span') }, [nameLink(profileHref(s), s.name), el('span', { class: 'shared-txt' }, [post.lang === 'es' ? ' compartió una publicación.' : ' shared a post.'])]),
    ]);
    const sub = subLine([timeLink(sharePermalink(post), post.time), dot(), globe()]);
    return el('div', { class: `${cls('header')} hdr` }, [avatar(s, profileHref(s)), el('div', { class: `${cls('hdr-text')} hdr-text` }, [h4, sub]), actionsMenu(post)]);
  }

  // ------------------------------------------------------------- footer and comments
  function statsAndActions(post, r) {
    const likes = 2 + Math.floor(r() * 480);
    const nComments = (post.comments || []).length + Math.floor(r() * 20);
    const shares = Math.floor(r() * 40);
    return el('div', { class: cls('footer') }, [
      el('div', { class: 'stats' }, [
        el('span', { class: 'reacts', 'aria-label': `${likes} reactions` }, [el('span', { class: 'r-ico' }, ['👍']), el('span', { class: 'r-ico' }, ['❤️']), ` ${likes}`]),
        el('span', { class: 'counts' }, [`${nComments} comments · ${shares} shares`]),
      ]),
      el('div', { class: 'actions', role: 'group' }, [
        el('div', { role: 'button', tabindex: '0', 'aria-label': 'Like', class: 'act' }, [el('span', {}, ['👍 Like'])]),
        el('div', { role: 'button', tabindex: '0', 'aria-label': 'Leave a comment', class: 'act' }, [el('span', {}, ['💬 Comment'])]),
        el('div', { role: 'button', tabindex: '0', 'aria-label': 'Send this to friends or post it on your profile.', class: 'act' }, [el('span', {}, ['↗ Share'])]),
      ]),
    ]);
  }
  function commentText(text) {
    // Bare domains in comments become wrapped links, like on the site.
    const re = /\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|fit|cl|co|uk|mx)(?:\/[\w/-]*)?)/giu;
    const out = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) out.push(text.slice(last, m.index));
      out.push(el('a', { href: wrapLink(`https://${m[1]}`), rel: 'nofollow noreferrer', target: '_blank', role: 'link' }, [m[1]]));
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  }
  function commentsBlock(post, r) {
    if (!post.comments || !post.comments.length) return null;
    const ul = el('ul', { class: 'comments-list' });
    post.comments.forEach((c, i) => {
      const ago = `${1 + Math.floor(r() * 20)}h`;
      const cid = `Y29tbWVudDo${(hashStr(post.id + i) % 1e9).toString(36)}`;
      const href = `${profileHref(c.author)}${isNumericId(c.author.id) ? '&' : '?'}comment_id=${cid}`;
      ul.appendChild(
        el('li', {}, [
          el('div', { role: 'article', tabindex: '-1', 'aria-label': `Comment by ${c.author.name} ${ago} ago`, class: `${cls('comment')} comment` }, [
            avatar(c.author, href, true),
            el('div', { class: 'c-body' }, [
              el('div', { class: 'bubble' }, [
                el('a', { href, role: 'link', tabindex: '0', class: 'cname' }, [el('span', {}, [c.author.name])]),
                el('div', { dir: 'auto', style: 'text-align: start;', class: 'ctext' }, commentText(c.text)),
              ]),
              el('ul', { class: 'c-actions' }, [el('li', { role: 'button' }, ['Like']), el('li', { role: 'button' }, ['Reply']), el('li', {}, [ago])]),
            ]),
          ]),
        ]),
      );
    });
    return el('div', { class: `${cls('comments')} comments` }, [
      el('div', { role: 'button', tabindex: '0', class: 'more-comments' }, ['View more comments']),
      ul,
      el('div', { class: 'write' }, [el('span', { class: 'mini me' }, ['AR']), el('div', { role: 'textbox', 'aria-label': 'Write a comment…', class: 'write-box', 'aria-placeholder': 'Write a comment…' })]),
    ]);
  }

  // ------------------------------------------------------------- whole post
  function renderInner(post, index, renders) {
    const r = rng(hashStr(post.id) ^ (renders * 0x9e3779b1));
    const uid = `:r${index.toString(36)}${renders}:`;
    const headingId = `${uid}h`;
    const msgId = `${uid}m`;
    const parts = [];
    if (post.suggested) {
      parts.push(el('div', { class: 'context' }, [el('span', {}, ['Suggested for you']), el('div', { role: 'button', tabindex: '0', class: 'join' }, ['Join'])]));
    }
    if (post.repostedBy) {
      parts.push(shareHeader(post, headingId));
      const orig = el('div', { class: `${cls('attached')} attached` }, [
        header(post, index, r, `${uid}oh`),
        messageBlock(post, msgId),
        ...linkCards(post),
      ]);
      parts.push(orig);
    } else {
      parts.push(header(post, index, r, headingId));
      parts.push(messageBlock(post, msgId));
      parts.push(...linkCards(post));
    }
    parts.push(statsAndActions(post, r));
    const comments = commentsBlock(post, r);
    if (comments) parts.push(comments);
    const article = el('div', { role: 'article', 'aria-labelledby': headingId, class: `${cls('article')} post card-box` }, parts);
    return el('div', { class: cls('unit-inner') }, [el('div', { class: cls('unit-inner2') }, [article])]);
  }

  // ------------------------------------------------------------- feed, paging, recycling
  let feed = document.querySelector('div[role="feed"]');
  /** Bumped on each SPA route change so a page load started on the old route is dropped. */
  let route = 0;
  let allPosts = [];
  const spinner = document.querySelector('.loading');
  const caughtUp = document.querySelector('.caught-up');

  function addUnit(post, index) {
    const attrs = { 'aria-posinset': String(index + 1), 'aria-setsize': '-1', class: `${cls('unit')} unit` };
    if (index % 3 === 1) attrs['aria-describedby'] = `:r${index.toString(36)}0:m :r${index.toString(36)}0:h`;
    const unit = el('div', attrs);
    const rec = { el: unit, post, index, filled: true, renders: 0 };
    unit.appendChild(renderInner(post, index, 0));
    feed.appendChild(unit);
    state.units.push(rec);
    demo.rendered.add(post.id);
    if (index === 2) feed.appendChild(peopleYouMayKnow());
  }
  function peopleYouMayKnow() {
    const people = [['Beth Harlow', 'beth.harlow'], ['Mike Brennan', 'mike.r.brennan'], ['Natalia Ortega', 'nat.ortega']];
    return el('div', { class: 'card-box pymk' }, [
      el('h3', { dir: 'auto' }, ['People you may know']),
      el('div', { class: 'pymk-row' }, people.map(([name, id]) => el('div', { class: 'pymk-card' }, [avatar({ id, name }, `/${id}`), el('a', { href: `/${id}` }, [name]), el('div', { role: 'button', tabindex: '0', class: 'cta' }, ['Add friend'])]))),
    ]);
  }
  function loadMore() {
    if (state.loading || state.next >= state.posts.length) return;
    state.loading = true;
    spinner.hidden = false;
    const startedOn = route;
    setTimeout(() => {
      if (startedOn !== route) return;
      const end = Math.min(state.next + PAGE_SIZE, state.posts.length);
      for (let i = state.next; i < end; i++) addUnit(state.posts[i], i);
      state.next = end;
      state.loading = false;
      spinner.hidden = true;
      if (state.next >= state.posts.length) {
        demo.done = true;
        caughtUp.hidden = false;
      }
      schedule();
    }, LOAD_DELAY_MS);
  }
  function nearBottom() {
    const doc = document.documentElement;
    return doc.scrollHeight - (window.scrollY + window.innerHeight) < window.innerHeight * 1.5;
  }
  function recycle() {
    if (state.units.length <= RECYCLE_MIN_UNITS) return;
    const vh = window.innerHeight;
    for (const u of state.units) {
      const rect = u.el.getBoundingClientRect();
      if (u.filled && rect.bottom < -4 * vh) {
        const h = Math.round(rect.height);
        u.el.replaceChildren(el('div', { class: 'placeholder', style: `height:${h}px` }));
        u.filled = false;
        demo.emptied++;
        demo.reused++;
      } else if (!u.filled && rect.bottom > -3 * vh) {
        u.renders++;
        u.el.replaceChildren(renderInner(u.post, u.index, u.renders));
        u.filled = true;
        demo.refilled++;
        demo.reused++;
      }
    }
  }
  let queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      recycle();
      if (nearBottom()) loadMore();
    });
  }
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);

  // ------------------------------------------------------------- SPA routes
  // "Feeds" (/?sk=h_chr, most recent first) and Home swap the whole feed container without a
  // page load, as Facebook's router does: every post element is new, in another order.
  function mostRecent() {
    return new URLSearchParams(location.search).get('sk') === 'h_chr';
  }
  function routeChanged() {
    route++;
    const fresh = el('div', { role: 'feed', class: feed.className });
    feed.replaceWith(fresh);
    feed = fresh;
    state.units = [];
    state.next = 0;
    state.loading = false;
    state.posts = mostRecent() ? [...allPosts].reverse() : allPosts;
    demo.done = false;
    spinner.hidden = true;
    caughtUp.hidden = true;
    for (const a of document.querySelectorAll('a[data-demo-route]')) {
      const on = a.getAttribute('href') === (mostRecent() ? '/?sk=h_chr' : '/');
      if (on) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    scrollTo(0, 0);
    loadMore();
  }
  for (const a of document.querySelectorAll('a[href="/"], a[href="/?sk=h_chr"]')) {
    a.setAttribute('data-demo-route', '');
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      const target = a.getAttribute('href');
      if (location.pathname + location.search === target) return;
      history.pushState({}, '', target);
      routeChanged();
    });
  }
  window.addEventListener('popstate', routeChanged);

  async function start() {
    installOrderRules();
    const res = await fetch('/__demo/facebook/posts.json', { cache: 'no-store' });
    const data = await res.json();
    allPosts = data.posts;
    state.posts = mostRecent() ? [...allPosts].reverse() : allPosts;
    demo.total = state.posts.length;
    loadMore();
  }
  start().catch((err) => {
    console.error('[demo] feed failed to load', err);
  });
})();
