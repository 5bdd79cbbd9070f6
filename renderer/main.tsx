import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { readEarly } from './lib/api';
import { parseHash } from './lib/router';
import { preloadScreen } from './lazyScreens';

// The first screen's reads start now, side by side; the screens take the replies when they ask (lib/api.ts).
readEarly('app.status', {});
readEarly('settings.get', {});
const first = parseHash(window.location.hash);
preloadScreen(first);
if (first.name === 'moede' || first.name === 'afvikling' || first.name === 'referat') readEarly('meeting.get', { id: first.id });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
