import { render } from 'preact';
import '../../assets/precis.css';
import { PrecisApp } from '../../components/app/PrecisApp.tsx';
import { createUiServices, pinnedTabId } from '../../lib/platform/ui-services.ts';

const services = createUiServices({ location: window.location, canOpenSidePanel: true, analyzeAtStart: true });
// Opened as a page with `?tab=` (tests, pop-out), the popup is not size-capped by the browser.
document.body.classList.toggle('page-pinned', pinnedTabId(window.location.search) !== null);

render(<PrecisApp services={services} layout="popup" followActiveTab={false} />, document.getElementById('app')!);
