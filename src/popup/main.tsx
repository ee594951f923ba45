import { render } from 'preact';
import { App } from './App';
import { prefetchFirstPage } from './hooks/useLeaderboard';
import { prefetchSettings } from './hooks/useSettings';
import { applyDocumentLocale } from './locale';

prefetchFirstPage();
prefetchSettings();
applyDocumentLocale('popupTitle', 'Humo');
render(<App />, document.getElementById('app') as HTMLElement);
