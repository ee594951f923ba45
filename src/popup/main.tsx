import { render } from 'preact';
import { App } from './App';
import { applyDocumentLocale } from './locale';

applyDocumentLocale('popupTitle', 'Humo');
render(<App />, document.getElementById('app') as HTMLElement);
