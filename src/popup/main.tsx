import { render } from 'preact';
import { browserApi } from './api';
import { App } from './app';
import { browserUiLanguage, loadCatalog } from './i18n';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App api={browserApi} loadCatalog={loadCatalog} uiLanguage={browserUiLanguage()} />, root);
