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
const firstChunk = preloadScreen(first);
if (first.name === 'moede' || first.name === 'afvikling' || first.name === 'referat') readEarly('meeting.get', { id: first.id });

// React starts once the first screen's chunk is in (it comes while the first reads are under way, which the screen
// waits for in any case), so the first screen never suspends: a suspended first screen would be held back for
// React's 300 ms reveal throttle (lazyScreens.ts).
void firstChunk.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
