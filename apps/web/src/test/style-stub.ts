/** Jest maps every `.css` import here: styles do not matter in jsdom. */
export default {};
