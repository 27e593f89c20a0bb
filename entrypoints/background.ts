import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/platform/background-service.ts';

export default defineBackground(() => {
  startBackground();
});
