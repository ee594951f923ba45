import { render } from 'preact';
import { App } from './App';
import { prefetchFirstPage } from './hooks/useLeaderboard';
import { applyDocumentLocale } from './locale';

prefetchFirstPage();
applyDocumentLocale('popupTitle', 'Humo');
render(<App />, document.getElementById('app') as HTMLElement);
