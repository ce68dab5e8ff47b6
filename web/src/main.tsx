import { render } from 'preact';
import { Provider } from '@urql/preact';
import { createClient } from './client';
import { App } from './App';
import './styles.css';

render(
  <Provider value={createClient()}>
    <App />
  </Provider>,
  document.getElementById('app')!,
);
