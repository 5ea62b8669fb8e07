// Toolbar popup entry: applies the browser's colour scheme and renders the popup.

import '../page-strings.ts';
import { render } from 'preact';
import { applyPageTheme, PAGE_CSS } from '../page-theme.ts';
import { POPUP_CSS } from './styles.ts';
import { Popup } from './Popup.tsx';

applyPageTheme(PAGE_CSS + POPUP_CSS);
render(<Popup />, document.getElementById('app')!);
