import { render } from 'preact';
import '../../assets/precis.css';
import { PrecisApp } from '../../components/app/PrecisApp.tsx';
import { createUiServices, pinnedTabId } from '../../lib/platform/ui/services.ts';

const services = createUiServices({ location: window.location, canOpenSidePanel: false, analyzeAtStart: true, withSync: true });
// `?tab=` pins the panel to one tab; otherwise it follows the tab the reader switches to.
const followActiveTab = pinnedTabId(window.location.search) === null;

render(<PrecisApp services={services} layout="panel" followActiveTab={followActiveTab} />, document.getElementById('app')!);
