import { render } from 'preact';
import { applyDocumentLocale } from '../popup/locale';
import { Options } from './Options';

applyDocumentLocale('optionsTitle', 'Humo options');
render(<Options />, document.getElementById('app') as HTMLElement);
