// Options page entry: loads settings (with the administrator's locks) and renders the form.

import { render } from 'preact';
import { Options } from './Options.tsx';

render(<Options />, document.getElementById('app')!);
