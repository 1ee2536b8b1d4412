import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installPreviewBridge } from './bridge/previewBridge';
import './styles.css';

// In the app the preload has set window.api; in the preview the HTTP bridge does.
installPreviewBridge();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
