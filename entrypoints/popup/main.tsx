import { render } from 'preact';
import '../../assets/precis.css';
import { PrecisApp } from '../../components/app/PrecisApp.tsx';
import { openedByToolbar } from '../../lib/platform/wire/popup-address.ts';
import { createUiServices, pinnedTabId } from '../../lib/platform/ui/services.ts';

const services = createUiServices({ location: window.location, canOpenSidePanel: true, analyzeAtStart: true });
// Opened as a page with `?tab=` (tests, pop-out), the popup is not size-capped by the browser. The popup a toolbar
// click opens names its tab too, but is still the browser's popup.
const { search } = window.location;
document.body.classList.toggle('page-pinned', pinnedTabId(search) !== null && !openedByToolbar(search));

render(<PrecisApp services={services} layout="popup" followActiveTab={false} />, document.getElementById('app')!);
