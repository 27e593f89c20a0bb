import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/platform/background/start-background.ts';

export default defineBackground(() => {
  startBackground();
});
