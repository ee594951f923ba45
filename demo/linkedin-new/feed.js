// Humo demo: LinkedIn's new (React) feed. Hashed class names only (fresh on every load), posts
// without ids, lazily mounted. Plain DOM APIs only; post text never goes through innerHTML.
// Served at https://www.linkedin.com/feed/ (and any other path without ?humo-demo=legacy).
'use strict';
(() => {
  const VARIANT = 'linkedin-new';
  const PAGE_SIZE = 10;
  const SPINNER_MS = 150;
  const MOUNT_MARGIN = 800; // px around the viewport where placeholders mount their post
  const UNMOUNT_ABOVE = 2500; // px above the viewport beyond which posts are unmounted

  // ---------- hashed class names, new ones on every page load ----------
  const C = {};
  const used = new Set();
  const cls = (role) => {
    if (!C[role]) {
      let name;
      do name = '_' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');
      while (used.has(name));
      used.add(name);
      C[role] = name;
    }
    return C[role];
  };
  const CSS = {
    page: 'margin:0;background:var(--bg);color:var(--text);font:14px/1.43 -apple-system,system-ui,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Ubuntu,sans-serif',
    nav: 'position:sticky;top:0;z-index:10;background:var(--card);border-bottom:1px solid var(--border);height:52px',
    navInner: 'max-width:1128px;margin:0 auto;display:flex;align-items:center;gap:12px;height:52px;padding:0 12px',
    logo: 'background:#0a66c2;color:#fff;font-weight:700;border-radius:4px;width:34px;height:34px;display:grid;place-items:center;font-size:20px',
    search: 'background:var(--input);border:0;border-radius:4px;height:34px;width:280px;padding:0 12px;color:var(--text)',
    navWrap: 'margin-left:auto',
    navList: 'margin:0;display:flex;gap:18px;list-style:none;padding:0',
    navLink: 'color:var(--muted);font-size:12px;padding:16px 0;border-bottom:2px solid transparent;cursor:pointer;text-decoration:none',
    navActive: 'color:var(--text)!important;border-bottom-color:var(--text)!important',
    layout: 'max-width:1128px;margin:24px auto;display:grid;grid-template-columns:225px minmax(0,555px) 300px;gap:24px;padding:0 12px',
    card: 'background:var(--card);border-radius:8px;box-shadow:0 0 0 1px var(--border)',
    side: 'padding:16px;text-align:center;position:sticky;top:76px;align-self:start',
    post: 'background:var(--card);border-radius:8px;box-shadow:0 0 0 1px var(--border);margin-bottom:8px;padding-top:12px',
    lazy: 'display:block',
    ctx: 'display:flex;align-items:center;gap:8px;margin:0 16px 8px;padding-bottom:8px;border-bottom:1px solid var(--border);color:var(--muted);font-size:12px',
    p0: 'margin:0',
    strong: 'color:var(--text);font-weight:600;text-decoration:none',
    actor: 'display:flex;gap:8px;padding:0 16px;align-items:flex-start',
    actorMeta: 'flex:1;min-width:0;display:flex;flex-direction:column',
    name: 'margin:0;font-weight:600;color:var(--text)',
    small: 'margin:0;color:var(--muted);font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis',
    iconBtn: 'background:none;border:0;color:var(--muted);cursor:pointer;font-size:16px;width:32px;height:32px;border-radius:50%',
    follow: 'background:none;border:0;color:var(--link);cursor:pointer;font-weight:600',
    body: 'padding:8px 16px 0;overflow-wrap:anywhere',
    inlineLink: 'color:var(--link);font-weight:600;text-decoration:none',
    more: 'background:none;border:0;color:var(--muted);cursor:pointer;padding:0 0 0 4px;font:inherit',
    cardLink: 'display:block;margin-top:8px;background:var(--bg);color:var(--text);text-decoration:none',
    image: 'height:160px;background:linear-gradient(135deg,#c7d7e8,#e8d9c7)',
    cardText: 'display:flex;flex-direction:column;gap:4px;padding:8px 16px',
    cta: 'align-self:flex-start;border:1px solid var(--link);color:var(--link);border-radius:16px;padding:4px 14px;font-weight:600;text-decoration:none',
    counts: 'display:flex;justify-content:space-between;padding:8px 16px;color:var(--muted);font-size:12px;border-bottom:1px solid var(--border)',
    actions: 'display:flex;justify-content:space-around;padding:4px 8px',
    action: 'background:none;border:0;color:var(--muted);font-weight:600;padding:10px 8px;border-radius:4px;cursor:pointer',
    comments: 'padding:4px 16px 12px',
    comment: 'display:flex;gap:8px;margin-top:8px',
    bubble: 'background:var(--bg);border-radius:0 8px 8px 8px;padding:8px 12px;flex:1',
    avatar: 'margin:0 auto;border-radius:50%;display:grid;place-items:center;color:#fff;font-weight:600;flex:none',
    spinner: 'display:flex;justify-content:center;padding:16px;color:var(--link);font-weight:600',
    sentinel: 'height:1px',
    share: 'display:flex;gap:8px;padding:12px 16px;align-items:center;margin-bottom:8px',
    shareBtn: 'flex:1;text-align:left;border:1px solid var(--border);border-radius:35px;background:none;height:48px;padding:0 16px;color:var(--muted);font-weight:600',
    frame: 'border:0;width:100vw;height:100vh;display:block',
  };
  function installStyles() {
    let css = ':root{--bg:#f4f2ee;--card:#fff;--text:rgba(0,0,0,.9);--muted:rgba(0,0,0,.6);--border:rgba(140,140,140,.2);--link:#0a66c2;--input:#edf3f8}'
      + '@media (prefers-color-scheme:dark){:root{--bg:#000;--card:#1b1f23;--text:rgba(255,255,255,.9);--muted:rgba(255,255,255,.6);--border:rgba(255,255,255,.12);--link:#71b7fb;--input:#38434f}}'
      + '*{box-sizing:border-box}[hidden]{display:none!important}a{color:inherit;text-decoration:none}button{font:inherit}[data-display-contents="true"]{display:contents}'
      + `@media (max-width:1000px){.${cls('layout')}{grid-template-columns:minmax(0,600px);justify-content:center}.${cls('side')}{display:none}}`;
    for (const [role, rules] of Object.entries(CSS)) css += `.${cls(role)}{${rules}}`;
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    document.body.className = cls('page');
  }

  // ---------- state + ground-truth hooks ----------
  let posts = [];
  let loaded = 0;
  let loading = false;
  const slots = []; // { post, wrapper, item|null, rendered: boolean }
  const expanded = new Set();
  const demo = {
    rendered: new Set(),
    current: () => slots.filter((s) => s.item && s.item.isConnected).map((s) => ({ id: s.post.id, el: s.item })),
    done: false,
    reused: 0,
  };
  window.__humoDemo = demo;

  const { headline, profileUrl, hashOf, initials, richText, cutPoint, es, CONNECTIONS } = window.HumoLinkedInDemo;

  // ---------- DOM helpers ----------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'c') el.className = v.split(' ').map(cls).join(' ');
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }
  const token = () => Math.random().toString(36).slice(2, 10);
  const inlineLink = (l) => h('a', { c: 'inlineLink', href: l.href, target: '_self', rel: 'noopener' }, l.text);
  const avatar = (a, size) =>
    h('div', { c: 'avatar', 'aria-hidden': 'true', style: `width:${size}px;height:${size}px;font-size:${Math.round(size * 0.36)}px;background:hsl(${hashOf(a.id) % 360} 45% 45%)` }, initials(a.name));
  const icon = (d) => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    return svg;
  };
  const DOTS = 'M14 12a2 2 0 11-2-2 2 2 0 012 2zM4 10a2 2 0 102 2 2 2 0 00-2-2zm16 0a2 2 0 102 2 2 2 0 00-2-2z';
  const CROSS = 'M13.42 12L20 18.58 18.58 20 12 13.42 5.42 20 4 18.58 10.58 12 4 5.42 5.42 4 12 10.58 18.58 4 20 5.42z';


  // ---------- one post (listitem) ----------
  function buildPost(p, index) {
    const a = p.author;
    const url = profileUrl(a);
    const item = h('div', { role: 'listitem', c: 'post', tabindex: '-1' });

    const suggested = !p.ad && !p.repostedBy && index % 11 === 5;
    const liker = !p.ad && !p.repostedBy && !suggested && index % 13 === 7 ? CONNECTIONS[index % CONNECTIONS.length] : null;
    if (p.repostedBy) {
      const r = p.repostedBy;
      item.append(h('div', { c: 'ctx' },
        h('a', { href: profileUrl(r), 'aria-hidden': 'true', tabindex: '-1' }, avatar(r, 24)),
        h('p', { c: 'p0' }, h('a', { c: 'strong', href: profileUrl(r) }, r.name), es(p) ? ' ha compartido esto' : ' reposted this')));
    } else if (suggested) {
      item.append(h('div', { c: 'ctx' }, h('p', { c: 'p0' }, es(p) ? 'Sugerencia' : 'Suggested')));
    } else if (liker) {
      item.append(h('div', { c: 'ctx' }, h('p', { c: 'p0' }, h('span', { c: 'strong' }, liker), es(p) ? ' recomienda esto' : ' likes this')));
    }

    const degree = a.kind === 'page' ? '' : hashOf(a.id + index) % 3 ? ' • 2nd' : ' • 3rd+';
    const sub = a.kind === 'page'
      ? `${(hashOf(a.id) % 90000 + 1200).toLocaleString('en-US')} ${es(p) ? 'seguidores' : 'followers'}`
      : headline(a);
    const menuLabel = es(p) ? `Abrir menú de control de la publicación de ${a.name}` : `Open control menu for post by ${a.name}`;
    const hideLabel = es(p) ? `Ocultar publicación de ${a.name}` : `Hide post by ${a.name}`;
    item.append(h('div', { c: 'actor' },
      h('a', { href: url, 'aria-hidden': 'true', tabindex: '-1' }, avatar(a, 48)),
      h('div', { c: 'actorMeta' },
        h('a', { href: url, c: 'strong' }, h('p', { c: 'name' }, h('span', {}, a.name), degree && h('span', { c: 'small' }, degree))),
        h('p', { c: 'small' }, sub),
        p.ad ? h('p', { c: 'small' }, es(p) ? 'Promocionado' : 'Promoted') : h('p', { c: 'small' }, `${p.time} • ${index % 4 === 1 ? (es(p) ? 'Editado • ' : 'Edited • ') : ''}🌐`)),
      (a.kind === 'page' || suggested) && h('button', { c: 'follow', type: 'button' }, es(p) ? '+ Seguir' : '+ Follow'),
      h('button', { c: 'iconBtn', type: 'button', 'aria-label': menuLabel }, icon(DOTS)),
      h('button', { c: 'iconBtn', type: 'button', 'aria-label': hideLabel }, icon(CROSS))));

    // text box; the "…more" button sits inside it, as on the site
    const isOpen = !p.truncated || expanded.has(p.id);
    const box = h('span', { 'data-testid': 'expandable-text-box', dir: 'ltr' });
    richText(box, isOpen ? p.text : p.text.slice(0, cutPoint(p.text)).trimEnd(), p.links, inlineLink);
    if (!isOpen) {
      const more = h('button', { 'data-testid': 'expandable-text-button', c: 'more', type: 'button' }, es(p) ? '…ver más' : '…more');
      more.addEventListener('click', () => {
        expanded.add(p.id);
        box.replaceChildren();
        richText(box, p.text, p.links, inlineLink);
      });
      box.append(more);
    }
    item.append(h('div', { c: 'body' }, h('p', { c: 'p0' }, box)));

    const firstLink = p.links && p.links[0];
    if (p.ad && p.adSignal === 'leadGenForm') {
      item.append(h('div', { c: 'cardLink' }, h('div', { c: 'image', 'aria-hidden': 'true' }),
        h('div', { c: 'cardText' },
          h('p', { c: 'name' }, es(p) ? 'Descarga la guía gratuita' : 'Download the free guide'),
          h('a', { c: 'cta', href: `https://www.linkedin.com/leadGenForm/launch?formId=${hashOf(p.id) % 99999}` }, es(p) ? 'Descargar' : 'Download'))));
    } else if (firstLink) {
      item.append(h('a', { c: 'cardLink', href: firstLink.href },
        h('div', { c: 'cardText' }, h('p', { c: 'name' }, firstLink.text.split('/')[0]), h('p', { c: 'small' }, firstLink.text.split('/')[0]))));
    }

    const n = hashOf(p.id);
    const comments = p.comments || [];
    item.append(
      h('div', { c: 'counts' }, h('span', {}, `👍❤️ ${(n % 900) + 3}`), h('button', { c: 'action', type: 'button' }, `${comments.length + (n % 40)} ${es(p) ? 'comentarios' : 'comments'}`)),
      h('div', { c: 'actions' }, ...(es(p) ? ['Recomendar', 'Comentar', 'Compartir', 'Enviar'] : ['Like', 'Comment', 'Repost', 'Send']).map((t) => h('button', { c: 'action', type: 'button' }, t))));
    if (comments.length) {
      item.append(h('div', { c: 'comments' }, ...comments.map((cm) =>
        h('article', { c: 'comment' },
          h('a', { href: profileUrl(cm.author), 'aria-hidden': 'true', tabindex: '-1' }, avatar(cm.author, 32)),
          h('div', { c: 'bubble' },
            h('a', { href: profileUrl(cm.author), c: 'strong' }, h('p', { c: 'name' }, cm.author.name)),
            h('p', { c: 'p0' }, h('span', { 'data-testid': 'expandable-text-box', dir: 'ltr' }, cm.text)),
            h('button', { c: 'iconBtn', type: 'button', 'aria-label': `Open options for ${cm.author.name}’s comment` }, icon(DOTS)))))));
    }
    return item;
  }

  // ---------- lazy mount ----------
  function mount(slot, index) {
    if (slot.item) return;
    slot.wrapper.style.height = '';
    slot.wrapper.style.minHeight = '';
    slot.item = buildPost(slot.post, index);
    slot.wrapper.append(h('div', { 'data-display-contents': 'true' }, slot.item));
    if (demo.rendered.has(slot.post.id)) demo.reused++;
    demo.rendered.add(slot.post.id);
    if (loaded >= posts.length && demo.rendered.size >= posts.length) demo.done = true;
  }
  function unmount(slot) {
    if (!slot.item) return;
    slot.wrapper.style.height = `${slot.wrapper.offsetHeight}px`;
    slot.wrapper.replaceChildren();
    slot.item = null;
  }
  function update() {
    const vh = innerHeight;
    slots.forEach((slot, i) => {
      const r = slot.wrapper.getBoundingClientRect();
      if (r.bottom < -UNMOUNT_ABOVE) unmount(slot);
      else if (r.bottom > -MOUNT_MARGIN && r.top < vh + MOUNT_MARGIN) mount(slot, i);
    });
    maybeLoadMore();
  }
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };

  // ---------- feed, infinite scroll, routes ----------
  let feed = null;
  let spinner = null;
  let sentinel = null;
  const isForYou = () => location.pathname.startsWith('/feed/foryou');
  function addSlot(post) {
    const wrapper = h('div', { 'data-lazy-mount-id': token(), c: 'lazy', style: 'min-height:360px' });
    slots.push({ post, wrapper, item: null });
    return wrapper;
  }
  function newFeed() {
    const el = h('div', { 'data-testid': 'mainFeed', componentkey: 'container-update-list_mainFeed-lazy-container', 'data-view-name': 'feed-full-update', c: 'feed' });
    for (const slot of slots) {
      slot.wrapper = h('div', { 'data-lazy-mount-id': token(), c: 'lazy', style: 'min-height:360px' });
      slot.item = null;
      el.append(slot.wrapper);
    }
    return el;
  }
  function maybeLoadMore() {
    if (loading || loaded >= posts.length || !sentinel) return;
    if (sentinel.getBoundingClientRect().top > innerHeight + 600) return;
    loading = true;
    spinner.hidden = false;
    setTimeout(() => {
      const next = Math.min(posts.length, loaded + PAGE_SIZE);
      for (let i = loaded; i < next; i++) feed.append(addSlot(posts[i]));
      loaded = next;
      spinner.hidden = true;
      loading = false;
      schedule();
    }, SPINNER_MS);
  }
  function routeChanged() {
    document.title = isForYou() ? 'For you | LinkedIn' : 'Feed | LinkedIn';
    for (const a of document.querySelectorAll('nav a[href^="/feed/"]')) {
      const on = a.getAttribute('href') === (isForYou() ? '/feed/foryou/' : '/feed/');
      a.className = on ? `${cls('navLink')} ${cls('navActive')}` : cls('navLink');
      if (on) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const fresh = newFeed();
    feed.replaceWith(fresh);
    feed = fresh;
    scrollTo(0, 0);
    schedule();
  }
  function navLink(label, path) {
    const on = (path === '/feed/foryou/') === isForYou();
    return h('a', {
      href: path, c: on ? 'navLink navActive' : 'navLink', 'aria-current': on ? 'page' : null,
      onclick: (e) => {
        e.preventDefault();
        if (location.pathname !== path) {
          history.pushState({}, '', path);
          routeChanged();
        }
      },
    }, label);
  }
  function chrome() {
    const me = { id: 'in:you', name: 'Alex Demo' };
    const nav = h('header', { c: 'nav' }, h('div', { c: 'navInner' },
      h('a', { c: 'logo', href: '/feed/', 'aria-label': 'LinkedIn' }, 'in'),
      h('input', { c: 'search', placeholder: 'Search', 'aria-label': 'Search' }),
      h('nav', { 'aria-label': 'Primary', c: 'navWrap' }, h('ul', { c: 'navList' },
        h('li', {}, navLink('Home', '/feed/')),
        h('li', {}, navLink('For you', '/feed/foryou/')),
        ...['My Network', 'Jobs', 'Messaging', 'Notifications', 'Me'].map((t) => h('li', {}, h('span', { c: 'navLink' }, t)))))));
    spinner = h('div', { c: 'spinner', role: 'progressbar', 'aria-label': 'Loading more posts', hidden: true }, '• • •');
    sentinel = h('div', { c: 'sentinel', 'aria-hidden': 'true' });
    feed = newFeed();
    const main = h('main', { 'aria-label': 'Main Feed', c: 'main' },
      h('div', { c: 'card share' }, avatar(me, 48), h('button', { c: 'shareBtn', type: 'button' }, 'Start a post')),
      h('h2', { c: 'small', style: 'margin:8px 0' }, 'Feed posts'),
      feed, spinner, sentinel);
    const layout = h('div', { c: 'layout' },
      h('aside', { c: 'card side' }, avatar(me, 72), h('p', { c: 'name' }, 'Alex Demo'), h('p', { c: 'small' }, 'Humo demo feed · new DOM')),
      main,
      h('aside', { c: 'card side' }, h('p', { c: 'name' }, 'LinkedIn News'), h('p', { c: 'small' }, 'Hiring picks up in logistics')));
    document.getElementById('root').replaceChildren(nav, layout);
  }

  async function start() {
    installStyles();
    if (location.pathname.startsWith('/preload')) {
      // /preload/: the feed sits in a same-origin iframe (News Feed Eradicator b209b21).
      document.getElementById('root').replaceChildren(h('iframe', { c: 'frame', src: '/feed/', title: 'LinkedIn feed' }));
      return;
    }
    chrome();
    const res = await fetch(`/__demo/${VARIANT}/posts.json`);
    posts = (await res.json()).posts;
    loaded = Math.min(PAGE_SIZE, posts.length);
    for (let i = 0; i < loaded; i++) feed.append(addSlot(posts[i]));
    schedule();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    addEventListener('popstate', routeChanged);
    new IntersectionObserver(schedule, { rootMargin: '600px 0px' }).observe(sentinel);
  }
  start();
})();
