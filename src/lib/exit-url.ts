/** Where "Exit this page" goes: an everyday page that gives nothing away (GOV.UK uses the same). */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
