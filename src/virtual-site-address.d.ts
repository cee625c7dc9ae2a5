declare module 'virtual:site-address.css';
