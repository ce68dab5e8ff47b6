import { render } from 'preact';
import { Provider } from '@urql/preact';
import { createClient } from './client';
import { App } from './App';
import { startSignIn } from './signin/session';
import './styles.css';

render(
  <Provider value={createClient()}>
    <App />
  </Provider>,
  document.getElementById('app')!,
);

// the page renders at once (reads are public); sign-in, where a provider is configured, catches up
startSignIn().catch((e) => console.warn('Sign-in is not available:', e));
