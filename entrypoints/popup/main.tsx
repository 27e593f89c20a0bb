import { render } from 'preact';

render(<p>Precis</p>, document.getElementById('app')!);
